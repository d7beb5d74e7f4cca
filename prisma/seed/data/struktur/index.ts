import { BAPPEDA } from './bappeda';
import { DINKES } from './dinkes';
import { DISDIK } from './disdik';
import { DISKOMINFO } from './diskominfo';
import { SETDA } from './setda';
import type { OpdStruktur } from './types';

export const STRUKTUR: readonly OpdStruktur[] = [SETDA, DISKOMINFO, BAPPEDA, DINKES, DISDIK];
