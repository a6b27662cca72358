/** The cloud file importers: AWS CLI exports (one file or the aws-bundle.sh directory) and terraform show -json. */
import type { FileImporter } from '@vigil/monitoring';
import { bundleImporter, s3Importer } from './bundle.ts';
import { AWS_FILE_IMPORTERS } from './importers-aws.ts';
import { terraformImporter } from './terraform.ts';

export const CLOUD_IMPORTERS: FileImporter[] = [
  ...AWS_FILE_IMPORTERS,
  bundleImporter,
  s3Importer,
  terraformImporter,
];
