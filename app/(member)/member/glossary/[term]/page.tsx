// The signed-in twin of app/(public)/glossary/[term]/page.tsx.
export { default, generateMetadata, generateStaticParams } from "@/app/(public)/glossary/[term]/page";
