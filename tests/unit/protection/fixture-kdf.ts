// Cheap Argon2id parameters for tests only (each unlock takes milliseconds); the app uses DEFAULT_KDF.
import { DEFAULT_KDF } from '../../../renderer/src/data/crypto/keyring.js';

export const FAST_KDF = { ...DEFAULT_KDF, memoryKiB: 64, iterations: 1, parallelism: 1 };
