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
    account: string;
    signedInAs: (displayName: string) => string;
  };
  account: {
    title: string;
    changePassword: {
      title: string;
      currentPassword: string;
      newPassword: string;
      newPasswordHint: (minLength: string) => string;
      confirmPassword: string;
      submit: string;
      currentRequired: string;
      tooShort: (minLength: string) => string;
      tooLong: (maxLength: string) => string;
      sameAsCurrent: string;
      mismatch: string;
      wrongCurrent: string;
      changed: string;
    };
    signOutEverywhere: {
      title: string;
      description: string;
      action: string;
      confirm: string;
      confirmAction: string;
      cancel: string;
    };
  };
  session: {
    loadFailed: string;
    mustChangePassword: string;
  };
  classes: {
    title: string;
    /** An admin sees every class of the school, not only their own. */
    adminTitle: string;
    loadFailed: string;
    emptyTitle: string;
    emptyDescription: string;
    grade: (grade: string) => string;
    memberCount: (count: number, formatted: string) => string;
    roles: { student: string; teacher: string; none: string };
    /** `formatted` is the count in the reader's digits, "999+" at the server's cap. */
    unread: (count: number, formatted: string) => string;
    noMessages: string;
    deletedMessage: string;
    newClass: {
      open: string;
      title: string;
      name: string;
      grade: string;
      gradeHint: string;
      submit: string;
      cancel: string;
      nameMissing: string;
      failed: string;
    };
  };
  conversation: {
    loadFailed: string;
    notFound: string;
    backToClasses: string;
    liveReconnecting: string;
    loadOlder: string;
    startOfConversation: string;
    empty: string;
    newMessages: string;
    deleted: string;
    edited: string;
    you: string;
    authorRoles: { teacher: string; admin: string };
    replyTo: (authorName: string) => string;
    actions: {
      label: string;
      reply: string;
      edit: string;
      delete: string;
      pin: string;
      unpin: string;
      confirmDelete: string;
      cancel: string;
      /** Teachers: which students have read a post. */
      readers: string;
      readersOf: (read: string, total: string) => string;
      readersSeen: string;
      readersNotYet: string;
      readersNoStudents: string;
      readersFailed: string;
      readersClose: string;
    };
    composer: {
      label: string;
      placeholder: string;
      send: string;
      save: string;
      cancel: string;
      replyingTo: string;
      editing: string;
      tooLong: (maxLength: string, length: string) => string;
      attach: string;
      waitForUploads: string;
    };
    pending: {
      sending: string;
      failed: string;
      failedForbidden: string;
      retry: string;
      discard: string;
    };
    cannotPost: { announcement_mode: string; muted: string };
    errors: {
      pinLimit: string;
      forbidden: string;
      notFound: string;
      invalid: string;
    };
    pinned: {
      title: (count: string) => string;
      showAll: string;
      showLatest: string;
    };
  };
  members: {
    title: string;
    loadFailed: string;
    mute: string;
    unmute: string;
    /** Accessible names: the visible word plus whom it applies to. */
    muteMember: (displayName: string) => string;
    unmuteMember: (displayName: string) => string;
    muted: string;
    /** An account an admin (or a roster) deactivated: still a member, cannot sign in. */
    deactivated: string;
    announcementMode: string;
    announcementModeHint: string;
    /** For admins: taking someone out of the class. */
    remove: string;
    removeMember: (displayName: string) => string;
    addPeople: {
      title: string;
      search: string;
      hint: string;
      nobody: string;
      addStudent: string;
      addTeacher: string;
      /** Accessible names of the two buttons. */
      addStudentNamed: (displayName: string) => string;
      addTeacherNamed: (displayName: string) => string;
      inClass: string;
    };
    /** What went wrong adding or removing someone. */
    changeFailed: { notFound: string; invalid: string };
  };
  notFound: {
    title: string;
    description: string;
    backToClasses: string;
  };
  files: {
    open: (name: string) => string;
    openFailed: string;
    /** Stands for a message's files where there is no room to list them (class list, pinned bar). */
    summary: (count: number, formatted: string) => string;
    /** The same where the count is not known (the message a reply answers). */
    someFiles: string;
    choose: string;
    hint: (maxSize: string, maxCount: string) => string;
    uploading: (percent: string) => string;
    uploaded: string;
    attached: string;
    progressLabel: (name: string) => string;
    announceProgress: (name: string, percent: string) => string;
    announceUploaded: (name: string) => string;
    announceFailed: (name: string) => string;
    remove: (name: string) => string;
    errors: {
      too_large: (maxSize: string) => string;
      type_not_allowed: string;
      type_mismatch: string;
      bad_name: string;
      incomplete: string;
      empty: string;
      too_many: (maxCount: string) => string;
      network: string;
      unexpected: string;
    };
  };
  homework: {
    /** The link from a class to its homework. */
    link: string;
    title: string;
    loadFailed: string;
    backToClass: string;
    backToHomework: string;
    notFound: string;
    empty: { teacher: string; teacherHint: string; student: string; studentHint: string };
    newAssignment: string;
    exportGrades: string;
    exportFailed: string;
    due: (date: string) => string;
    lateUntil: (date: string) => string;
    noLateWork: string;
    closedOn: (date: string) => string;
    maxPoints: (points: string) => string;
    deadline: { lateAccepted: string; passed: string; closed: string };
    status: { not_submitted: string; submitted: string; submitted_late: string; graded: string; returned: string };
    late: string;
    counts: {
      submitted: (count: number, formatted: string) => string;
      late: (count: number, formatted: string) => string;
      toGrade: (count: number, formatted: string) => string;
      returned: (count: number, formatted: string) => string;
    };
    instructions: string;
    attachments: string;
    form: {
      createTitle: string;
      editTitle: string;
      title: string;
      instructions: string;
      dueAt: string;
      /** `timeZone` is the school's IANA zone, e.g. Asia/Tehran. */
      schoolClockHint: (timeZone: string) => string;
      maxPoints: string;
      acceptsLateWork: string;
      allowLateUntil: string;
      attachments: string;
      create: string;
      save: string;
      cancel: string;
      titleRequired: string;
      titleTooLong: string;
      instructionsTooLong: string;
      dueAtRequired: string;
      allowLateUntilRequired: string;
      invalidPoints: string;
      lateBeforeDue: string;
      waitForUploads: string;
      removeFailedFiles: string;
    };
    manage: {
      edit: string;
      close: string;
      confirmClose: string;
      confirmCloseAction: string;
      delete: string;
      confirmDelete: string;
      confirmDeleteAction: string;
      cancel: string;
      locked: string;
    };
    submissions: {
      title: string;
      filter: string;
      filters: { all: string; missing: string; late: string; ungraded: string };
      empty: { all: string; missing: string; late: string; ungraded: string };
      loadFailed: string;
      submittedAt: (date: string) => string;
      version: (version: string) => string;
      noAnswerText: string;
      points: (maxPoints: string) => string;
      feedback: string;
      saveGrade: string;
      gradeSaved: string;
      pointsInvalid: (maxPoints: string) => string;
      returnOne: (studentName: string) => string;
      returnAll: string;
      returned: (count: number, formatted: string) => string;
      returnedOn: (date: string) => string;
    };
    mine: {
      title: string;
      nothingYet: string;
      submittedAt: (date: string) => string;
      version: (version: string) => string;
      grade: string;
      points: (points: string, maxPoints: string) => string;
      feedback: string;
      awaitingReturn: string;
    };
    submit: {
      title: string;
      titleAgain: string;
      answer: string;
      files: string;
      submit: string;
      submitAgain: string;
      lateWarning: string;
      submitted: string;
      submittedLate: string;
      answerRequired: string;
      answerTooLong: (maxLength: string) => string;
      waitForUploads: string;
      cannotSubmit: { closed: string; passed: string; graded: string };
    };
    errors: {
      conflictEdit: string;
      conflictSubmit: string;
      notFound: string;
      forbidden: string;
      invalid: string;
    };
  };
  lessons: {
    /** The link from a class to its lessons. */
    link: string;
    title: string;
    loadFailed: string;
    backToClass: string;
    backToLessons: string;
    notFound: string;
    state: { scheduled: string; live: string; ended: string };
    groups: { live: string; upcoming: string; past: string };
    empty: { teacher: string; teacherHint: string; student: string; studentHint: string };
    startsAt: (date: string) => string;
    /** `formatted` is the length in the reader's words and digits, e.g. "45 minutes". */
    duration: (formatted: string) => string;
    /** On the class page: the lessons running now, and the next one. */
    classStrip: { label: string; join: string };
    notConfigured: { title: string; hint: string };
    schedule: {
      open: string;
      title: string;
      lessonTitle: string;
      startsAt: string;
      schoolClockHint: (timeZone: string) => string;
      durationMinutes: string;
      durationHint: (min: string, max: string) => string;
      submit: string;
      cancel: string;
      titleRequired: string;
      titleTooLong: string;
      startsAtRequired: string;
      startsAtPast: string;
      durationInvalid: (min: string, max: string) => string;
    };
    notice: {
      upcoming: (date: string) => string;
      waitingForTeacher: string;
      autoRefresh: string;
      ended: string;
      endedAt: (date: string) => string;
      teacherUpcoming: string;
    };
    controls: {
      start: string;
      join: string;
      enterRoom: string;
      leave: string;
      end: string;
      confirmEnd: string;
      confirmEndAction: string;
      cancel: string;
      raiseHand: string;
      lowerHand: string;
      handRaised: string;
      maySpeak: string;
      microphoneOn: string;
      microphoneOff: string;
      cameraOn: string;
      cameraOff: string;
      screenOn: string;
      screenOff: string;
      startAudio: string;
    };
    room: {
      label: string;
      connecting: string;
      reconnecting: string;
      noVideo: string;
      failures: {
        unreachable: { title: string; body: string };
        refused: { title: string; body: string };
        unsupported: { title: string; body: string };
      };
      ends: {
        lost: string;
        removed: string;
        replaced: string;
        roomClosed: string;
      };
      rejoin: string;
      mediaDevice: string;
    };
    hands: {
      title: string;
      empty: string;
      raisedAt: (time: string) => string;
      maySpeak: string;
      allow: (name: string) => string;
      revoke: (name: string) => string;
      allowShort: string;
      revokeShort: string;
      notConnected: (name: string) => string;
      loadFailed: string;
    };
    participants: {
      title: (count: string) => string;
      you: string;
      teacher: string;
      microphoneOn: string;
      muted: string;
      speaking: string;
    };
    attendance: {
      title: string;
      summary: (attended: string, students: string) => string;
      student: string;
      firstJoined: string;
      lastLeft: string;
      minutes: string;
      sessions: string;
      presentNow: string;
      yes: string;
      no: string;
      none: string;
      refresh: string;
      download: string;
      downloadFailed: string;
      loadFailed: string;
    };
    errors: {
      notFound: string;
      forbidden: string;
      invalid: string;
      notLive: string;
    };
  };
};
