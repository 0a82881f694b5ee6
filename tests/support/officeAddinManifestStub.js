// office-addin-manifest requires ESM-only packages that Jest 30 on Node 20 cannot load; the
// tests only need its OfficeApp enum (jest.config.js maps the package to this file).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
