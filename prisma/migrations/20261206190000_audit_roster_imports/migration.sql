-- The activity log also records roster imports that changed the school (not dry runs or refusals).

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'roster_imported';
