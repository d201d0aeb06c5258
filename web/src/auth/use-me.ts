import { useSyncExternalStore } from "react";
import { currentMe, subscribe, type Me } from "./session";

/** Who is signed in (null: nobody), re-rendering when that changes. */
export function useMe(): Me | null {
  return useSyncExternalStore(subscribe, currentMe);
}

/** For pages behind sign-in (the shell renders them only when someone is). */
export function useSignedIn(): Me {
  const me = useMe();
  if (!me) throw new Error("useSignedIn outside a signed-in page");
  return me;
}
