// The signed-in twin of app/(public)/catalogue/[filter]/page.tsx.
export { default, generateMetadata, generateStaticParams } from "@/app/(public)/catalogue/[filter]/page";
