// The signed-in twin of app/(public)/glossary/page.tsx.
export { default, metadata } from "@/app/(public)/glossary/page";
