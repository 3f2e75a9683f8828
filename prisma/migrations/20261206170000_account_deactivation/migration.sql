-- School admins deactivate and reactivate accounts by hand; the activity log records both.

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'user_deactivated';
ALTER TYPE "AuditAction" ADD VALUE 'user_reactivated';
