// What the responder reads for each verdict. Wording follows crisisplan/export/verify.py MESSAGES.
export const VERDICTS = {
  VALID: { icon: "✓", tone: "good", title: "Genuine card",
    text: "This card is genuine: it was issued by a trusted organisation, has not been altered, and is within its review date." },
  REVIEW_OVERDUE: { icon: "!", tone: "warn", title: "Genuine — review overdue",
    text: "This card is genuine and has not been altered, but its review date has passed, so some information may be out of date. Use it with care and check with the issuing service if you can." },
  SUPERSEDED_OR_REVOKED: { icon: "✕", tone: "bad", title: "Withdrawn — do not rely on it",
    text: "Do not rely on this card: it has been replaced by a newer card or withdrawn by the organisation that issued it. Contact the crisis team for current information." },
  UNKNOWN_ISSUER: { icon: "?", tone: "bad", title: "Unknown issuer — do not rely on it",
    text: "Do not rely on this card: it was not signed by an organisation this phone trusts. It may come from another area, or it may be forged." },
  TAMPERED: { icon: "✕", tone: "bad", title: "Altered or damaged — do not rely on it",
    text: "Do not rely on this card: it has been altered or damaged." },
  NOT_A_CARD: { icon: "✕", tone: "neutral", title: "Not a crisis card",
    text: "This is not a crisis card: the code does not contain crisis card information." },
  UNREADABLE: { icon: "↻", tone: "neutral", title: "Could not read — try again",
    text: "Could not read a code — try again with more light, or hold the phone closer." },
  WRONG_RECIPIENT: { icon: "⊘", tone: "bad", title: "Not issued for you",
    text: "This card is genuine but was issued for {recipient}, not for {viewer}. Its content is not shown." },
  EXPIRED: { icon: "✕", tone: "bad", title: "Expired — do not rely on it",
    text: "Do not rely on this card: it is older than the longest time a card may be used ({days} days). Contact the crisis team for current information." },
};

export const RECIPIENT_NAMES = {
  police: "police", ambulance: "the ambulance service", emergency_department: "the emergency department",
  gp: "the GP practice", crisis_team: "the crisis team", amhp: "an approved mental health professional",
  school: "a school", person: "the person", other: "other responders",
};

export const DEFAULT_POLICE_RESTRICTION =
  "This information is shared only so that officers can keep the person safe and get them the right care during a mental health crisis. It must not be used for criminal investigation or prosecution, or added to intelligence or crime records.";
