// Stand-in for office-addin-manifest under jest: office-addin-mock 4 requires it, and its ESM-only dependencies
// (strip-bom, node-fetch) do not load in jest 30's CommonJS runtime (see shared/TOOLCHAIN.md, where a stand-in like this
// one was what worked). The mock only reads the OfficeApp names, to special-case Outlook.
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
