/**
 * `vigil sample draw|verify`: reproducible audit samples from a population file, with no server or
 * database, so an auditor (or a script) can draw a sample or check one Vigil recorded with nothing
 * but the two files. The rules are core's; docs/sampling.md gives the bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  drawSample,
  type Population,
  parsePopulationFile,
  type RecordedSample,
  VigilError,
  verifySample,
} from '@vigil/core';
import type { Command } from 'commander';
import { action, CliError, EXIT, print } from '../output.ts';
import { wholeNumber } from '../parse.ts';

interface DrawOptions {
  population: string;
  engagement: string;
  control: string;
  size: number;
  out?: string;
}

interface VerifyOptions {
  population: string;
  sample: string;
}

const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;

function readText(file: string, option: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`${option}: cannot read ${file}: ${(err as Error).message}`, EXIT.usage);
  }
}

/** A population file that does not parse is an input error (exit 2) naming the file and line, not a mismatch. */
function readPopulation(file: string): { text: string; population: Population } {
  const text = readText(file, '--population');
  try {
    return { text, population: parsePopulationFile(text, file) };
  } catch (err) {
    if (err instanceof VigilError) throw new CliError(err.message, EXIT.usage);
    throw err;
  }
}

function required(value: string, option: string): string {
  if (value.trim() === '') throw new CliError(`${option}: required`, EXIT.usage);
  return value;
}

/** The line a JSON.parse error points at, counted in the text it parsed. */
function jsonErrorLine(text: string, message: string): number | null {
  const pos = /position (\d+)/.exec(message);
  if (!pos) return null;
  return text.slice(0, Number(pos[1])).split('\n').length;
}

const RECORDED_TEXT = ['engagementId', 'controlId', 'populationHash', 'seed'] as const;

/** Reads a recorded sample, naming the file and the field that is missing or of the wrong kind. */
export function readRecordedSample(file: string): RecordedSample {
  const text = readText(file, '--sample');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const line = jsonErrorLine(text, (err as Error).message);
    const where = line === null ? file : `${file}, line ${line}`;
    throw new CliError(`${where}: not valid JSON (${(err as Error).message})`, EXIT.usage);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new CliError(`${file}: not a recorded sample (a JSON object)`, EXIT.usage);
  const obj = value as Record<string, unknown>;
  for (const key of RECORDED_TEXT)
    if (typeof obj[key] !== 'string') throw new CliError(`${file}: "${key}" must be text`, EXIT.usage);
  if (typeof obj.size !== 'number' || !Number.isInteger(obj.size) || obj.size < 0)
    throw new CliError(`${file}: "size" must be a whole number, zero or more`, EXIT.usage);
  if (!Array.isArray(obj.itemIds) || obj.itemIds.some((id) => typeof id !== 'string'))
    throw new CliError(`${file}: "itemIds" must be a list of item ids, as text`, EXIT.usage);
  return {
    engagementId: obj.engagementId as string,
    controlId: obj.controlId as string,
    populationHash: obj.populationHash as string,
    seed: obj.seed as string,
    size: obj.size,
    itemIds: obj.itemIds as string[],
  };
}

export function registerSampleCommands(program: Command) {
  const cmd = program
    .command('sample')
    .description(
      'Reproducible audit samples: draw one from a population file, or check that a recorded sample follows ' +
        'from its population (no server or database needed; see docs/sampling.md)',
    );

  cmd
    .command('draw')
    .description(
      'Draw a sample from a population file (JSON Lines) and write the recorded sample as JSON; ' +
        'the same files and ids always give the same items',
    )
    .requiredOption('--population <file>', 'the population file: one JSON object per line')
    .requiredOption('--engagement <id>', 'the engagement id the seed is drawn for')
    .requiredOption('--control <id>', 'the control id the seed is drawn for')
    .requiredOption('--size <n>', 'how many items to draw', wholeNumber(0))
    .option('--out <file>', 'write the recorded sample to this file instead of printing it')
    .action(
      action(async (opts: DrawOptions) => {
        const engagementId = required(opts.engagement, '--engagement');
        const controlId = required(opts.control, '--control');
        const { population } = readPopulation(opts.population);
        const drawn = drawSample({ engagementId, controlId, population, size: opts.size });
        const recorded: RecordedSample = {
          engagementId,
          controlId,
          populationHash: drawn.populationHash,
          seed: drawn.seed,
          size: drawn.size,
          itemIds: drawn.items.map((s) => s.item.id),
        };
        const body = `${JSON.stringify(recorded, null, 2)}\n`;
        if (!opts.out) {
          process.stdout.write(body);
          return EXIT.ok;
        }
        try {
          writeFileSync(opts.out, body);
        } catch (err) {
          throw new CliError(`--out: cannot write ${opts.out}: ${(err as Error).message}`);
        }
        print(
          `Drew ${items(drawn.size)} from ${drawn.populationSize} into ${opts.out}: ` +
            `population SHA-256 ${drawn.populationHash}, seed ${drawn.seed}`,
        );
        return EXIT.ok;
      }),
    );

  cmd
    .command('verify')
    .description(
      'Recompute the population hash, the seed and the items of a recorded sample; ' +
        'exit 1 naming the first difference, 2 if a file cannot be read',
    )
    .requiredOption('--population <file>', 'the population file the sample was drawn from')
    .requiredOption('--sample <file>', 'the recorded sample (JSON, as `vigil sample draw` writes it)')
    .action(
      action(async (opts: VerifyOptions) => {
        const { text, population } = readPopulation(opts.population);
        const recorded = readRecordedSample(opts.sample);
        const difference = verifySample(recorded, text);
        if (difference !== null) {
          print(`Sample does NOT match its population: ${difference}.`);
          return EXIT.failure;
        }
        print(
          `Sample of ${items(recorded.size)} from ${population.items.length} verified: ` +
            `population SHA-256 ${population.hash}, seed ${recorded.seed}`,
        );
        return EXIT.ok;
      }),
    );
}
