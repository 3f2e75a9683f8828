-- School admins add people one at a time by hand; the activity log records each new account.

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'user_created';
