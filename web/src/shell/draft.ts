import { useCallback, useEffect, useRef, useState } from "react";
import { useMe } from "../auth/use-me";
import { useLocation } from "./router";

/**
 * A form's answers, kept in session storage under the page and the user as they are typed, so
 * a session that ends mid-form (sign in again, come back) or a reload loses nothing. Cleared
 * when the form is saved, and at sign-out.
 */
export function useDraft<T>(name: string, initial: T | (() => T)): [T, (next: T | ((previous: T) => T)) => void, () => void] {
  const me = useMe();
  const { pathname } = useLocation();
  const key = `dovetail.draft:${me?.sub ?? "anonymous"}:${pathname}:${name}`;
  const [value, setValue] = useState<T>(() => {
    const stored = window.sessionStorage.getItem(key);
    if (stored !== null) {
      try {
        return JSON.parse(stored) as T;
      } catch {
        // A draft from another version of the form: start afresh.
      }
    }
    return typeof initial === "function" ? (initial as () => T)() : initial;
  });
  const keyRef = useRef(key);
  keyRef.current = key;
  const cleared = useRef(false);

  useEffect(() => {
    if (cleared.current) return;
    window.sessionStorage.setItem(key, JSON.stringify(value));
  }, [key, value]);

  const update = useCallback((next: T | ((previous: T) => T)) => {
    cleared.current = false;
    setValue(next);
  }, []);
  const clear = useCallback(() => {
    cleared.current = true;
    window.sessionStorage.removeItem(keyRef.current);
  }, []);
  return [value, update, clear];
}

/** Whether this form was restored from a draft (to say so). */
export function hasDraft(sub: string | undefined, pathname: string, name: string): boolean {
  return window.sessionStorage.getItem(`dovetail.draft:${sub ?? "anonymous"}:${pathname}:${name}`) !== null;
}
