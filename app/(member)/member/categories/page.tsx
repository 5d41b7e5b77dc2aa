// The signed-in twin of app/(public)/categories/page.tsx.
export { default, metadata } from "@/app/(public)/categories/page";
