import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;
/** argon2 hashes any length, but unbounded input is a cheap way to burn server CPU. */
export const MAX_PASSWORD_LENGTH = 256;

export const ZSchoolCode = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter your school code." })
  .max(64, { error: "School codes are at most 64 characters." });

export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter your username." })
  .max(128, { error: "Usernames are at most 128 characters." });

export const ZLoginInput = z.object({
  schoolCode: ZSchoolCode,
  username: ZUsername,
  password: z.string().min(1, { error: "Enter your password." }).max(MAX_PASSWORD_LENGTH),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;

export const ZNewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(MAX_PASSWORD_LENGTH, { error: `Passwords are at most ${MAX_PASSWORD_LENGTH} characters.` });

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: ZNewPassword,
});
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;
