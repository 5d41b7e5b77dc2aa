import { describe, expect, it } from "vitest";
import { appBaseUrl, mailSettings, messageIdDomain, notifyIntervalMs } from "@/lib/mail/config";

describe("mail settings", () => {
  it("turns mail off when SMTP_URL is unset or empty", () => {
    expect(mailSettings({})).toBeNull();
    expect(mailSettings({ SMTP_URL: "  " })).toBeNull();
  });

  it("takes From from MAIL_FROM, else no-reply at the app's host name", () => {
    expect(mailSettings({ SMTP_URL: "smtp://mail.example.org:587", MAIL_FROM: "Problems <hello@example.org>" })).toEqual({
      smtpUrl: "smtp://mail.example.org:587",
      from: "Problems <hello@example.org>",
    });
    expect(mailSettings({ SMTP_URL: "smtps://u:p@mail.example.org", BETTER_AUTH_URL: "https://problems.example.org:8443/" })?.from).toBe(
      "Open Problems <no-reply@problems.example.org>",
    );
    expect(mailSettings({ SMTP_URL: "smtp://localhost:25" })?.from).toBe("Open Problems <no-reply@localhost>");
  });

  it("refuses an SMTP_URL that is not smtp:// or smtps://, naming the variable and never echoing the password", () => {
    for (const url of ["http://user:secret@mail.example.org", "mail.example.org:25", "user:secret@host"]) {
      expect(() => mailSettings({ SMTP_URL: url })).toThrow(/SMTP_URL/);
      expect(() => mailSettings({ SMTP_URL: url })).not.toThrow(/secret/);
    }
  });

  it("uses BETTER_AUTH_URL as the app's base URL, else localhost on PORT", () => {
    expect(appBaseUrl({ BETTER_AUTH_URL: "https://problems.example.org" })).toBe("https://problems.example.org");
    expect(appBaseUrl({ PORT: "4000" })).toBe("http://localhost:4000");
    expect(appBaseUrl({})).toBe("http://localhost:3000");
  });

  it("puts Message-IDs in MAIL_FROM's domain, else the app's host", () => {
    expect(messageIdDomain({ MAIL_FROM: "Problems <hello@example.org>" })).toBe("example.org");
    expect(messageIdDomain({ MAIL_FROM: "hello@example.org" })).toBe("example.org");
    expect(messageIdDomain({ BETTER_AUTH_URL: "https://problems.example.org" })).toBe("problems.example.org");
  });

  it("reads NOTIFY_INTERVAL_MS, default 30 s, and refuses nonsense", () => {
    expect(notifyIntervalMs({})).toBe(30_000);
    expect(notifyIntervalMs({ NOTIFY_INTERVAL_MS: "60000" })).toBe(60_000);
    expect(() => notifyIntervalMs({ NOTIFY_INTERVAL_MS: "soon" })).toThrow(/NOTIFY_INTERVAL_MS/);
    expect(() => notifyIntervalMs({ NOTIFY_INTERVAL_MS: "10" })).toThrow(/at least 1000/);
  });
});
