import {
  childElements,
  firstChild,
  problem,
  text,
  xsiType,
  type ManifestCheck,
  type ManifestProblem,
} from "../manifestDocument";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Office reads the version as four 16-bit parts; the store rejects anything else.
const VERSION = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;

/** Id is a GUID, Version is n.n.n.n, the add-in is an Excel task pane that asks for ReadWriteDocument. */
export const identity: ManifestCheck = ({ root }) => {
  const problems: ManifestProblem[] = [];
  if (root.localName !== "OfficeApp" || xsiType(root) !== "TaskPaneApp") {
    problems.push(
      problem("identity", 'The root must be <OfficeApp xsi:type="TaskPaneApp">.', root)
    );
  }
  const id = text(firstChild(root, "Id"));
  if (!GUID.test(id)) problems.push(problem("id-guid", `<Id> must be a GUID, got "${id}".`));

  const version = text(firstChild(root, "Version"));
  const parts = VERSION.exec(version);
  if (!parts || parts.slice(1).some((part) => Number(part) > 65535)) {
    problems.push(
      problem("version-format", `<Version> must be n.n.n.n with parts ≤ 65535, got "${version}".`)
    );
  }

  const hosts = childElements(firstChild(root, "Hosts") ?? root, "Host").map((h) =>
    h.getAttribute("Name")
  );
  if (hosts.length !== 1 || hosts[0] !== "Workbook") {
    problems.push(
      problem(
        "identity",
        `<Hosts> must list only Workbook (Excel), got ${hosts.join(", ") || "none"}.`
      )
    );
  }
  const permissions = text(firstChild(root, "Permissions"));
  if (permissions !== "ReadWriteDocument") {
    problems.push(
      problem("identity", `<Permissions> must be ReadWriteDocument, got "${permissions}".`)
    );
  }
  return problems;
};
