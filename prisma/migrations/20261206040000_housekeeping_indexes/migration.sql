-- Housekeeping (apps/api/src/housekeeping.ts) sweeps these by age every hour.
CREATE INDEX "LiveKitWebhookEvent_receivedAt_idx" ON "LiveKitWebhookEvent"("receivedAt");
CREATE INDEX "FileUpload_createdAt_idx" ON "FileUpload"("createdAt");
