-- Row problems are stored as a code and arguments and put into words when read, in the reader's
-- language; refusals and rows written before keep their English text in "message".
ALTER TABLE "RosterImportError" ADD COLUMN "code" TEXT,
ADD COLUMN "args" TEXT[] DEFAULT '{}',
ALTER COLUMN "message" DROP NOT NULL;
