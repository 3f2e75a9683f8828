/** A stored file as an assignment, a submission or a message lists it; opened through `files.downloadUrl`. */
export type AttachedFile = { id: string; originalName: string; size: number; contentType: string };
