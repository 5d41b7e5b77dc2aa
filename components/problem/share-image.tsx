import { DIFFICULTY_SHORT_MEANINGS, ratingLetters } from "@/lib/problems/difficulty";
import { SITE_NAME } from "@/lib/site/metadata";

/** The size of a share image (Open Graph's and Twitter's large card). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

// The badge colours of app/globals.css (Tailwind's 100 and 900 shades), by the easiest letter.
const BADGE_COLOURS: Record<string, { background: string; text: string }> = {
  A: { background: "#d1fae5", text: "#064e3b" },
  B: { background: "#e0f2fe", text: "#0c4a6e" },
  C: { background: "#fef3c7", text: "#78350f" },
  D: { background: "#ffe4e6", text: "#881337" },
  unrated: { background: "#f4f4f5", text: "#52525b" },
};

type ShareImageProps = { number: string; title: string; category: string; difficulty: string | null; exciting: boolean | null };

/**
 * A problem's share image, for next/og's ImageResponse (flexbox only, inline styles). Text is set
 * in the font next/og bundles, in characters it covers: a missing glyph (an emoji, say) would make
 * it fetch one, and nothing may be fetched at build or run time.
 */
export function ShareImage({ number, title, category, difficulty, exciting }: ShareImageProps) {
  const letters = ratingLetters(difficulty);
  const colours = BADGE_COLOURS[letters[0] ?? "unrated"]!;
  const meaning = letters.length > 0 ? letters.map((letter) => DIFFICULTY_SHORT_MEANINGS[letter]).join(" to ") : "not rated yet";
  const titleSize = title.length > 90 ? 48 : title.length > 50 ? 58 : 68;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#ffffff", color: "#18181b" }}>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 24, color: "#71717a" }}>{SITE_NAME}</div>
        <div style={{ display: "flex", fontSize: 30, color: "#3f3f46", marginTop: 8 }}>{category}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 44, color: "#71717a", marginBottom: 16 }}>
          {`Problem ${number}${exciting ? " · starred by the author" : ""}`}
        </div>
        <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      </div>
      <div style={{ display: "flex", alignItems: "center" }}>
        <div style={{ display: "flex", padding: "8px 22px", borderRadius: 12, fontSize: 40, fontWeight: 700, background: colours.background, color: colours.text }}>
          {difficulty ?? "-"}
        </div>
        <div style={{ display: "flex", marginLeft: 20, fontSize: 30, color: "#3f3f46" }}>{`Difficulty: ${meaning}`}</div>
      </div>
    </div>
  );
}
