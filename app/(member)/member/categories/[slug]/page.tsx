// The signed-in twin of app/(public)/categories/[slug]/page.tsx.
export { default, generateMetadata, generateStaticParams } from "@/app/(public)/categories/[slug]/page";
