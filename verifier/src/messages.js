// What the responder reads for each verdict: a headline (icon + words) and one short line, shortened
// for a phone from crisisplan/export/verify.py MESSAGES.
export const VERDICTS = {
  VALID: { icon: "✓", tone: "good", title: "Genuine card",
    text: "Issued by {issuer}. Not altered, and within its review date." },
  REVIEW_OVERDUE: { icon: "!", tone: "warn", title: "Genuine — review overdue",
    text: "Issued by {issuer} and not altered, but its review date ({review}) has passed: some details may be out of date. Use with care." },
  SUPERSEDED_OR_REVOKED: { icon: "✕", tone: "bad", title: "Withdrawn — do not rely on it",
    text: "It has been replaced by a newer card or withdrawn by {issuer}. Contact the crisis team for current information." },
  UNKNOWN_ISSUER: { icon: "?", tone: "bad", title: "Unknown issuer — do not rely on it",
    text: "It was not signed by an organisation this phone trusts. It may come from another area, or it may be forged." },
  TAMPERED: { icon: "✕", tone: "bad", title: "Altered or damaged — do not rely on it",
    text: "The code has been altered or damaged." },
  NOT_A_CARD: { icon: "✕", tone: "neutral", title: "Not a crisis card",
    text: "The code does not contain crisis card information." },
  UNREADABLE: { icon: "↻", tone: "neutral", title: "Could not read — try again",
    text: "Could not read a code — try again with more light, or hold the phone closer." },
  WRONG_RECIPIENT: { icon: "⊘", tone: "bad", title: "Not issued for you",
    text: "Issued for {recipient}, not for {viewer}. Its content is not shown." },
  EXPIRED: { icon: "✕", tone: "bad", title: "Expired — do not rely on it",
    text: "It is older than the longest time a card may be used ({days} days). Contact the crisis team for current information." },
};

export const RECIPIENT_NAMES = {
  police: "police", ambulance: "the ambulance service", emergency_department: "the emergency department",
  gp: "the GP practice", crisis_team: "the crisis team", amhp: "an approved mental health professional",
  school: "a school", person: "the person", other: "other responders",
};

export const DEFAULT_POLICE_RESTRICTION =
  "This information is shared only so that officers can keep the person safe and get them the right care during a mental health crisis. It must not be used for criminal investigation or prosecution, or added to intelligence or crime records.";
