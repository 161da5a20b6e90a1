// The commands of `vcp`, in the order --help lists them.
import type { Command } from '../command';
import { compare } from './compare';
import { importCommand } from './import';
import { project } from './project';
import { validate } from './validate';
import { exportCommand } from './export';
import { letterCommand } from './letter';

export const COMMANDS: readonly Command[] = [validate, project, compare, importCommand, exportCommand, letterCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
