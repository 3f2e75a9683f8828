import { z } from "zod";

/** Every entity id is a database-generated UUID. */
export const ZId = z.uuid({ error: "Not a valid id." });
