/** The audit package: building it from the database and verifying it from the file alone. */
export {
  type BuildInput,
  type BuildResult,
  buildAuditPackage,
  PACKAGE_GZIP_LEVEL,
} from './package-builder.ts';
export type {
  EntryKind,
  ManifestFile,
  PackageEntry,
  PackageManifest,
  PackageSection,
  SectionContext,
} from './package-format.ts';
export { PACKAGE_SECTIONS, sampleEntries } from './package-sections.ts';
export { type PackageVerification, verifyAuditPackage } from './package-verifier.ts';
