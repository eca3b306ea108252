/**
 * Navigation pasted into copy: breadcrumbs ("home / Programs / Volunteer Tutorial Program") and
 * runs of shouted menu or button words ("VIEW MORE IMAGES").
 */
export function findMenuText(text: string): string | null {
  const crumbs =
    /(?:^|\s)(?:home|start)\s*[/>»›|]\s*\S+/i.exec(text) ??
    /\S+\s[/»›>]\s\S+(?:\s\S+){0,3}\s[/»›>]\s\S+/.exec(text);
  if (crumbs) return crumbs[0].trim();
  const button =
    /(?<![\p{L}])(?:view|read|learn|see|shop|explore|discover)(?:\s+[\p{L}]+){0,2}\s*[→›»]/iu.exec(text);
  if (button) return button[0];
  const shouted =
    /\b(?:VIEW|READ|LEARN|SEE|CLICK|SHOP|MORE|MENU|HOME|SKIP|BACK|NEXT|PREVIOUS)(?:\s+[A-Z]{2,}){1,}\b/.exec(
      text,
    );
  // A shout inside mixed-case text is a control label; an all-caps sentence is only loud.
  if (shouted && /\p{Ll}/u.test(text)) return shouted[0];
  return null;
}
