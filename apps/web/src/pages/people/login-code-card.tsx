import { Button, Card } from "@zang/ui";
import type { IssuedLoginCode } from "../../api-types.ts";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { groupLoginCode } from "./group-login-code.ts";
import { PEOPLE_MESSAGES } from "./people-messages.ts";

/** A new login code, shown this once, with what the person needs to sign in; printing prints only this card. */
export function LoginCodeCard({ issued, onDone }: { issued: IssuedLoginCode; onDone: () => void }) {
  const { locale } = useI18n();
  const text = PEOPLE_MESSAGES[locale].code;
  return (
    <Card className="login-code-card" title={<bdi>{text.title(issued.displayName)}</bdi>} role="status">
      <dl className="login-code-card__facts">
        <dt>{text.schoolCode}</dt>
        <dd>
          <bdi dir="ltr">{issued.schoolCode}</bdi>
        </dd>
        <dt>{text.username}</dt>
        <dd>
          <bdi dir="ltr">{issued.username}</bdi>
        </dd>
        <dt>{text.code}</dt>
        <dd>
          <bdi dir="ltr" className="login-code-card__code" data-testid="login-code">
            {groupLoginCode(issued.code)}
          </bdi>
        </dd>
      </dl>
      <p>{text.howTo}</p>
      <p className="login-code-card__warning">{text.onlyOnce}</p>
      <div className="login-code-card__actions">
        <Button variant="secondary" onClick={() => window.print()}>
          {text.print}
        </Button>
        <Button variant="primary" onClick={onDone}>
          {text.done}
        </Button>
      </div>
    </Card>
  );
}
