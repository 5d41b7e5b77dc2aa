import { AccountDeletedNotice } from "@/components/catalogue/account-deleted";
import { CatalogueView } from "@/components/catalogue/catalogue-view";

/** /?account=deleted (where deleting an account lands), mapped here by proxy.ts. */
export default function AccountDeletedPage() {
  return (
    <div className="space-y-6">
      <AccountDeletedNotice />
      <CatalogueView filterKey="" />
    </div>
  );
}
