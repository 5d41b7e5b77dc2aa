// The signed-in twin of app/(public)/start/page.tsx.
export { default, metadata } from "@/app/(public)/start/page";
