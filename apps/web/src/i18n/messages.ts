// The shape every dictionary fills in. Functions take care of plurals and inserted values, so
// each language can word them its own way; numbers arrive already formatted for the language.
export type Messages = {
  appName: string;
  loading: string;
  retry: string;
  language: string;
  errors: {
    network: string;
    unexpected: string;
  };
  login: {
    title: string;
    description: string;
    schoolCode: string;
    username: string;
    password: string;
    submit: string;
    schoolCodeRequired: string;
    usernameRequired: string;
    passwordRequired: string;
    tooLong: string;
    wrongCredentials: string;
    rateLimited: string;
  };
  header: {
    signOut: string;
    signedInAs: (displayName: string) => string;
  };
  session: {
    loadFailed: string;
    mustChangePassword: string;
  };
  classes: {
    title: string;
    loadFailed: string;
    emptyTitle: string;
    emptyDescription: string;
    grade: (grade: string) => string;
    memberCount: (count: number, formatted: string) => string;
    createdOn: (date: string) => string;
    roles: { student: string; teacher: string; none: string };
  };
  notFound: {
    title: string;
    description: string;
    backToClasses: string;
  };
};
