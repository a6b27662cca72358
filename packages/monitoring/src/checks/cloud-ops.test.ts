import { describe, expect, it } from 'vitest';
import { run } from '../../test/cloud-checks.ts';

describe('network, key, logging and detection checks', () => {
  const sg = (ingress: unknown[], groupName = 'web', egress: unknown[] = []) => ({
    groupId: 'sg-1',
    groupName,
    ingress,
    egress,
  });
  const rule = (protocol: string, fromPort: number | null, toPort: number | null, cidrs: string[]) => ({
    protocol,
    fromPort,
    toPort,
    cidrs,
  });

  it('admin and database ports open to the internet fail; private sources and ICMP pass', () => {
    expect(
      run('aws.ec2.sg_no_internet_admin_ports', sg([rule('tcp', 22, 22, ['0.0.0.0/0'])])).actual,
    ).toEqual(['SSH 22/tcp']);
    expect(run('aws.ec2.sg_no_internet_admin_ports', sg([rule('-1', null, null, ['::/0'])])).actual).toEqual([
      'all ports (-1) from ::/0',
    ]);
    expect(
      run('aws.ec2.sg_no_internet_admin_ports', sg([rule('tcp', 3000, 3400, ['0.0.0.0/0'])])).actual,
    ).toEqual(['MySQL 3306/tcp', 'RDP 3389/tcp']);
    expect(
      run(
        'aws.ec2.sg_no_internet_admin_ports',
        sg([rule('tcp', 22, 22, ['10.0.0.0/8']), rule('icmp', null, null, ['0.0.0.0/0'])]),
      ).status,
    ).toBe('pass');
    expect(run('aws.ec2.sg_no_internet_admin_ports', sg([rule('tcp', 443, 443, ['0.0.0.0/0'])])).status).toBe(
      'pass',
    );
  });

  it('default groups must be empty', () => {
    expect(run('aws.ec2.default_sg_restricts_all', sg([], 'web')).status).toBe('not_applicable');
    expect(
      run('aws.ec2.default_sg_restricts_all', sg([], 'default', [rule('-1', null, null, ['0.0.0.0/0'])]))
        .attribute,
    ).toBe('egress');
    expect(run('aws.ec2.default_sg_restricts_all', sg([], 'default')).status).toBe('pass');
  });

  it('KMS rotation applies to enabled customer symmetric keys; pending deletion fails', () => {
    const k = { keyId: 'k', keyManager: 'CUSTOMER', keySpec: 'SYMMETRIC_DEFAULT', keyState: 'Enabled' };
    expect(run('aws.kms.cmk_rotation', { ...k, keyManager: 'AWS' }).status).toBe('not_applicable');
    expect(run('aws.kms.cmk_rotation', { ...k, keySpec: 'RSA_2048' }).status).toBe('not_applicable');
    expect(run('aws.kms.cmk_rotation', { ...k, keyState: 'Disabled' }).status).toBe('not_applicable');
    expect(run('aws.kms.cmk_rotation', { ...k, rotationEnabled: false }).status).toBe('fail');
    expect(run('aws.kms.cmk_rotation', k)).toMatchObject({ status: 'error', attribute: 'rotationEnabled' });
    expect(run('aws.kms.not_pending_deletion', { ...k, keyState: 'PendingDeletion' }).status).toBe('fail');
  });

  it('trail settings: null means not configured (fail), absent means not collected (error)', () => {
    const t = { name: 't' };
    expect(run('aws.cloudtrail.kms_encrypted', { ...t, kmsKeyId: null }).status).toBe('fail');
    expect(run('aws.cloudtrail.kms_encrypted', t).status).toBe('error');
    expect(run('aws.cloudtrail.kms_encrypted', { ...t, kmsKeyId: 'arn:k' }).status).toBe('pass');
    expect(run('aws.cloudtrail.logging', { ...t, isLogging: false })).toMatchObject({
      status: 'fail',
      expected: true,
      actual: false,
    });
    expect(run('aws.guardduty.detector_enabled', { detectorId: 'd', status: 'DISABLED' })).toMatchObject({
      status: 'fail',
      actual: 'DISABLED',
    });
  });
});
