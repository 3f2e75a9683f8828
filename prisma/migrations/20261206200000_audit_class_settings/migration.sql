-- School admins rename, archive and restore classes by hand; the activity log records each.

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'class_renamed';
ALTER TYPE "AuditAction" ADD VALUE 'class_archived';
ALTER TYPE "AuditAction" ADD VALUE 'class_restored';
