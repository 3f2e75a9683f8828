import type { Messages } from "./messages.ts";

export const en: Messages = {
  appName: "Zang",
  loading: "Loading…",
  retry: "Try again",
  language: "Language",
  errors: {
    network: "Could not reach the server. Check your internet connection and try again.",
    unexpected: "Something went wrong. Please try again.",
  },
  login: {
    title: "Sign in to Zang",
    description: "Enter the school code, username and password your school gave you.",
    schoolCode: "School code",
    username: "Username",
    password: "Password",
    submit: "Sign in",
    schoolCodeRequired: "Enter your school code.",
    usernameRequired: "Enter your username.",
    passwordRequired: "Enter your password.",
    tooLong: "This is too long.",
    wrongCredentials: "Wrong school code, username or password.",
    rateLimited: "Too many failed attempts. Try again in a few minutes.",
  },
  header: {
    signOut: "Sign out",
    signedInAs: (displayName) => `Signed in as ${displayName}`,
  },
  session: {
    loadFailed: "Your account could not be loaded.",
    mustChangePassword: "Your school has asked you to change your password.",
  },
  classes: {
    title: "My classes",
    loadFailed: "Your classes could not be loaded.",
    emptyTitle: "You are not in any class yet.",
    emptyDescription: "Classes appear here once your school adds you to one.",
    grade: (grade) => `Grade ${grade}`,
    memberCount: (count, formatted) => (count === 1 ? "1 member" : `${formatted} members`),
    createdOn: (date) => `Created ${date}`,
    roles: { student: "Student", teacher: "Teacher", none: "Not a member" },
  },
  notFound: {
    title: "Page not found",
    description: "This address does not exist in Zang.",
    backToClasses: "Back to classes",
  },
};
