/** Whether `email` is at `domain` or a subdomain of it (dana@chem.kaznu.kz is at kaznu.kz; eve@fakekaznu.kz is not). */
export function isOnDomain(email: string, domain: string | null): boolean {
  if (!domain) return false;
  const at = email.split('@')[1]?.toLowerCase() ?? '';
  const proven = domain.toLowerCase();
  return at === proven || at.endsWith(`.${proven}`);
}
