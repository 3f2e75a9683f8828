// POST /api/files as the web client sends it: raw bytes, the name URI-encoded in X-File-Name.
import { request, type Agent } from "node:http";
import type { StudentFile } from "./student-file.ts";

export type UploadedFile = { id: string; originalName: string; size: number; contentType: string; sha256: string };

export function uploadFile({ baseUrl, token, agent, file }: { baseUrl: string; token: string; agent: Agent; file: StudentFile }): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}/api/files`,
      {
        method: "POST",
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/pdf",
          "content-length": file.body.length,
          "x-file-name": encodeURIComponent(file.name),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          if (res.statusCode === 201) return resolve(JSON.parse(text) as UploadedFile);
          reject(new Error(`upload: HTTP ${res.statusCode} ${text.slice(0, 200)}`));
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(file.body);
  });
}
