export { GET, POST } from '@/lib/auth/auth-js-route';
