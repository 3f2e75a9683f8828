import { useMutation } from "@tanstack/react-query";
import { useTRPCClient } from "../trpc.ts";

/**
 * Opens an attached file in a new tab through a short-lived download URL. The tab is opened
 * before the URL is fetched, while the click still counts as the reader's own action; otherwise
 * popup blockers would stop it.
 */
export function useOpenFile() {
  const client = useTRPCClient();
  const open = useMutation({
    mutationFn: async (fileId: string) => {
      const tab = window.open("about:blank", "_blank");
      // The new page must not be able to script this one.
      if (tab) tab.opener = null;
      try {
        const { url } = await client.files.downloadUrl.query({ fileId });
        if (tab) tab.location.replace(url);
        else window.open(url, "_blank", "noopener");
      } catch (error) {
        tab?.close();
        throw error;
      }
    },
  });
  return { openFile: open.mutate, openingFileId: open.isPending ? open.variables : null, error: open.error };
}
