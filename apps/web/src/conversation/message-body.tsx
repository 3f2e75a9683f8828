/**
 * Message text, one block per line, each with dir="auto": a Persian line runs right to left and
 * an English line left to right, whatever the page direction, and a mixed line takes the
 * direction of its first strong character, as the writer meant.
 */
export function MessageBody({ body, className }: { body: string; className?: string }) {
  return (
    <div className={className}>
      {body.split("\n").map((line, index) => (
        <p key={index} dir="auto" className="message-line">
          {/* An empty line still takes its height, so blank lines between paragraphs show. */}
          {line === "" ? "\u00a0" : line}
        </p>
      ))}
    </div>
  );
}
