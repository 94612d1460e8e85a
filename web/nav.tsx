// The header's navigation between views (web/views.tsx): only the views the current user's role
// may use. On a phone the links fold behind a menu button so the header never overflows; the
// current view is marked with aria-current. The links keep the kommun chosen (?kommun=), so moving
// from Lomma's ranking to recording records in Lomma.
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearch } from "wouter";
import { mayUse } from "./auth/roles.ts";
import { useSession } from "./auth/session.ts";
import { KOMMUN_PARAM } from "./kommun/kommun.ts";
import { keepKommun } from "./kommun/use-public-kommun.ts";
import { isUnder } from "./nav-match.ts";
import { VIEWS } from "./views.tsx";

export function Nav() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const keep = keepKommun(new URLSearchParams(useSearch()).get(KOMMUN_PARAM) ?? undefined);
  const { user } = useSession();
  // Until a temporary password is changed, only the public views are open.
  const role = user && !user.must_change_password ? user.role : null;
  const [open, setOpen] = useState(false);
  const listId = useId();
  // Choosing a view closes the phone menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the location changes
  useEffect(() => setOpen(false), [location]);
  const links = VIEWS.filter((v) => v.nav !== false && mayUse(v.roles, role));
  const current = links.find((v) => isUnder(v.path, location)) ?? null;
  return (
    <nav
      className="nav"
      aria-label={t("planner.nav.label")}
      data-open={open}
      data-role={role ?? ""}
    >
      <button
        type="button"
        className="nav__toggle"
        data-testid="nav-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☰</span>{" "}
        <span className="nav__current">
          {t("planner.nav.menu")}: {current ? current.label(t, role) : ""}
        </span>
      </button>
      <ul id={listId} className="nav__list">
        {links.map((v) => (
          <li key={v.path}>
            <Link
              href={`${v.path}${keep}`}
              className="nav__link"
              data-testid={`nav-${v.path === "/" ? "map" : v.path.slice(1).replace(/\//g, "-")}`}
              aria-current={v === current ? "page" : undefined}
            >
              {v.label(t, role)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
