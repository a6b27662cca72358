/** Maps the platform words of osquery, Jamf and Intune to the `endpoint.device` platform enum. */
import type { EndpointDeviceAttributes } from '@vigil/monitoring/resource-types/saas';

type Platform = NonNullable<EndpointDeviceAttributes['platform']>;

/** The platform named by an osquery `platform`/`os_name` or an MDM "OS" column; undefined when blank. */
export function platformOf(...words: (string | undefined)[]): Platform | undefined {
  const text = words.filter(Boolean).join(' ').toLowerCase();
  if (!text) return undefined;
  if (/darwin|mac ?os|os x/.test(text)) return 'macos';
  if (/windows/.test(text)) return 'windows';
  if (/ipados|ios|iphone|ipad/.test(text)) return 'ios';
  if (/android/.test(text)) return 'android';
  if (/linux|ubuntu|debian|rhel|centos|fedora|amzn|arch/.test(text)) return 'linux';
  return 'other';
}
