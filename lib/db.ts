import 'server-only';

export { prisma } from './db/client';
