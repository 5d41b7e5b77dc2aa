// The signed-in twin of app/(public)/api/page.tsx.
export { default, metadata } from "@/app/(public)/api/page";
