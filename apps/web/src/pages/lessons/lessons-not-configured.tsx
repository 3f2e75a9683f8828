import { Alert } from "@zang/ui";
import { useI18n } from "../../i18n/i18n-provider.tsx";

/** The settings are named as the server reads them; they stay left-to-right in Persian text. */
const LIVEKIT_SETTINGS = ["LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"];

/** What every lesson page shows while the server has no LiveKit: what to set, not a bare error. */
export function LessonsNotConfigured() {
  const { messages } = useI18n();
  const text = messages.lessons.notConfigured;
  return (
    <Alert tone="info" title={text.title} className="lessons-not-configured">
      <p>{text.hint}</p>
      <ul className="lessons-not-configured__settings">
        {LIVEKIT_SETTINGS.map((name) => (
          <li key={name}>
            <code dir="ltr">{name}</code>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
