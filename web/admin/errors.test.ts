import { expect, it } from "vitest";
import { adminErrorKey } from "./errors.ts";

it("words the admin API's own messages by key", () => {
  expect(adminErrorKey("must be 2–64 characters: letters a–z, digits, '.', '-' or '_'")).toBe(
    "username",
  );
  expect(adminErrorKey("The username 'kalle' is already taken")).toBe("usernameTaken");
  expect(adminErrorKey("You cannot disable your own account; ask another admin to do it")).toBe(
    "self",
  );
  expect(
    adminErrorKey("Cannot demote the last enabled admin account; make another account admin first"),
  ).toBe("lastAdmin");
  expect(adminErrorKey("must be at most 120 months")).toBe("months");
  expect(adminErrorKey("must be an e-mail address")).toBe("email");
  expect(adminErrorKey("give at least one of name, email, phone")).toBe("needOne");
  expect(adminErrorKey("from must be a real date written YYYY-MM-DD")).toBe("date");
  expect(adminErrorKey("something unexpected")).toBeNull();
});
