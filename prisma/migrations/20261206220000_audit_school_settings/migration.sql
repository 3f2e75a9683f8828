-- School admins change their school's name, time zone and language; the activity log records it.

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'school_settings_changed';
