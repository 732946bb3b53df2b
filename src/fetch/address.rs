//! Address safety: which IP addresses rinse may connect to.
//!
//! A feed or a redirect can point anywhere, including the machine rinse runs on, the local
//! network or a cloud metadata service (169.254.169.254). So every host name is resolved by
//! [`GuardedResolver`], which drops the addresses that are not public unicast (unless the
//! configuration allows their network) and hands the rest to the HTTP client: the connection
//! goes to an address that was checked, with no second lookup in between. URLs whose host is
//! an IP literal are checked by [`AddressPolicy::check_url`] before the request.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use ipnet::IpNet;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// The error type the HTTP client's resolver returns.
type BoxError = Box<dyn std::error::Error + Send + Sync>;
use url::{Host, Url};

/// Which addresses may be fetched: public unicast ones, plus the allowed networks.
#[derive(Debug, Clone, Default)]
pub struct AddressPolicy {
    allowed: Vec<IpNet>,
}

/// An address refused by the policy, with the host that resolved to it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "refused to connect to {host}: address {address} is {range}; to allow it, list its network in \
     allow_private_networks in the sources file's [settings], or give `rinse fetch \
     --allow-private-network {address}/{prefix}`",
    prefix = if address.is_ipv4() { 32 } else { 128 }
)]
pub struct RefusedAddress {
    pub host: String,
    pub address: IpAddr,
    pub range: &'static str,
}

/// A name that did not resolve.
#[derive(Debug, thiserror::Error)]
#[error("cannot resolve {host}: {message}")]
pub struct ResolveError {
    pub host: String,
    pub message: String,
}

impl AddressPolicy {
    pub fn new(allowed: Vec<IpNet>) -> Self {
        AddressPolicy { allowed }
    }

    /// Whether `address` may be connected to; the error names the special range it is in.
    pub fn check(&self, host: &str, address: IpAddr) -> Result<(), RefusedAddress> {
        let address = canonical(address);
        match special_range(address) {
            None => Ok(()),
            Some(_) if self.allowed.iter().any(|net| net.contains(&address)) => Ok(()),
            Some(range) => Err(RefusedAddress { host: host.to_owned(), address, range }),
        }
    }

    /// Check a URL whose host is an IP literal (the resolver is not asked about those).
    pub fn check_url(&self, url: &Url) -> Result<(), RefusedAddress> {
        match url.host() {
            Some(Host::Ipv4(v4)) => self.check(&v4.to_string(), IpAddr::V4(v4)),
            Some(Host::Ipv6(v6)) => self.check(&v6.to_string(), IpAddr::V6(v6)),
            _ => Ok(()),
        }
    }
}

/// An IPv4 address written as IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4 address.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(v6),
        },
        v4 => v4,
    }
}

/// The name of the special-purpose range `address` is in, or `None` for public unicast.
/// Follows the IANA special-purpose registries; addresses that embed an IPv4 address
/// (NAT64, 6to4) are judged by it.
pub fn special_range(address: IpAddr) -> Option<&'static str> {
    match canonical(address) {
        IpAddr::V4(v4) => special_v4(v4),
        IpAddr::V6(v6) => special_v6(v6),
    }
}

fn special_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    let range = match (a, b, c) {
        (0, _, _) => "unspecified (0.0.0.0/8)",
        (10, _, _) => "private (10.0.0.0/8)",
        (100, 64..=127, _) => "shared address space, CGNAT (100.64.0.0/10)",
        (127, _, _) => "loopback (127.0.0.0/8)",
        (169, 254, _) => "link-local, cloud metadata (169.254.0.0/16)",
        (172, 16..=31, _) => "private (172.16.0.0/12)",
        (192, 0, 0) => "IETF protocol assignments (192.0.0.0/24)",
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => "documentation",
        (192, 88, 99) => "6to4 relay anycast (192.88.99.0/24)",
        (192, 168, _) => "private (192.168.0.0/16)",
        (198, 18..=19, _) => "benchmarking (198.18.0.0/15)",
        (224..=239, _, _) => "multicast (224.0.0.0/4)",
        (240..=255, _, _) => "reserved or broadcast (240.0.0.0/4)",
        _ => return None,
    };
    Some(range)
}

fn special_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let s = ip.segments();
    if ip.is_unspecified() {
        return Some("unspecified (::)");
    }
    if ip.is_loopback() {
        return Some("loopback (::1)");
    }
    // NAT64 well-known prefix 64:ff9b::/96 embeds an IPv4 address.
    if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
        return special_v4(embedded_v4(s[6], s[7]));
    }
    // 6to4 2002::/16 embeds the IPv4 address in the next 32 bits.
    if s[0] == 0x2002 {
        return special_v4(embedded_v4(s[1], s[2]));
    }
    let range = match s[0] {
        0x0000 => "IPv4-compatible or reserved (::/8)",
        0x0064 if s[1] == 0xff9b => "local-use NAT64 (64:ff9b:1::/48)",
        0x0100 if s[1..4] == [0, 0, 0] => "discard-only (100::/64)",
        0x2001 if s[1] == 0x0db8 => "documentation (2001:db8::/32)",
        0x2001 if s[1] == 0x0000 => "Teredo (2001::/32)",
        0x2001 if s[1] < 0x0200 => "IETF protocol assignments (2001::/23)",
        0x3fff if s[1] < 0x1000 => "documentation (3fff::/20)",
        x if x & 0xfe00 == 0xfc00 => "unique local (fc00::/7)",
        x if x & 0xffc0 == 0xfe80 => "link-local (fe80::/10)",
        x if x & 0xffc0 == 0xfec0 => "site-local (fec0::/10)",
        x if x & 0xff00 == 0xff00 => "multicast (ff00::/8)",
        _ => return None,
    };
    Some(range)
}

fn embedded_v4(high: u16, low: u16) -> Ipv4Addr {
    let [a, b] = high.to_be_bytes();
    let [c, d] = low.to_be_bytes();
    Ipv4Addr::new(a, b, c, d)
}

/// The HTTP client's resolver: the system resolver, then the [`AddressPolicy`].
#[derive(Debug, Clone)]
pub struct GuardedResolver {
    policy: Arc<AddressPolicy>,
}

impl GuardedResolver {
    pub fn new(policy: Arc<AddressPolicy>) -> Self {
        GuardedResolver { policy }
    }
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        let policy = Arc::clone(&self.policy);
        Box::pin(async move {
            let resolved: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await
                .map_err(|e| Box::new(ResolveError { host: host.clone(), message: e.to_string() }) as BoxError)?
                .collect();
            let mut refused = None;
            let mut allowed = Vec::with_capacity(resolved.len());
            for address in resolved {
                match policy.check(&host, address.ip()) {
                    Ok(()) => allowed.push(address),
                    Err(error) => refused = refused.or(Some(error)),
                }
            }
            match (allowed.is_empty(), refused) {
                (false, _) => Ok(Box::new(allowed.into_iter()) as Addrs),
                // Boxed once, as the error itself, so callers can downcast to it.
                (true, Some(error)) => Err(Box::new(error) as BoxError),
                (true, None) => {
                    Err(Box::new(ResolveError { host, message: "the name has no addresses".to_owned() }) as BoxError)
                }
            }
        })
    }
}

impl fmt::Display for AddressPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.allowed.is_empty() {
            return f.write_str("public addresses only");
        }
        let nets: Vec<String> = self.allowed.iter().map(ToString::to_string).collect();
        write!(f, "public addresses and {}", nets.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn special_addresses_are_refused_and_public_ones_allowed() {
        let refused = [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "100.127.255.255",
            "0.0.0.0",
            "224.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2002:7f00:1::",
            "fd00::1",
            "fc12::1",
            "fe80::1",
            "ff02::1",
            "2001:db8::1",
        ];
        let policy = AddressPolicy::default();
        for text in refused {
            assert!(policy.check("h", ip(text)).is_err(), "{text} must be refused");
        }
        // Near misses: just outside each range.
        let public = [
            "1.1.1.1",
            "172.15.255.255",
            "172.32.0.1",
            "100.63.255.255",
            "100.128.0.1",
            "169.253.0.1",
            "192.169.0.1",
            "8.8.8.8",
            "2606:4700:4700::1111",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
            "2a00:1450:4001::1",
        ];
        for text in public {
            assert_eq!(policy.check("h", ip(text)), Ok(()), "{text} must be allowed");
        }
    }

    #[test]
    fn allowed_networks_open_exactly_their_range() {
        let policy = AddressPolicy::new(vec!["127.0.0.1/32".parse().unwrap_or_else(|e| panic!("{e}"))]);
        assert_eq!(policy.check("h", ip("127.0.0.1")), Ok(()));
        assert_eq!(policy.check("h", ip("::ffff:127.0.0.1")), Ok(()));
        assert!(policy.check("h", ip("127.0.0.2")).is_err());
        assert!(policy.check("h", ip("::1")).is_err());
    }

    #[test]
    fn the_refusal_names_host_address_and_range() {
        let error = AddressPolicy::default().check("metadata.internal", ip("169.254.169.254")).err();
        let text = error.map(|e| e.to_string()).unwrap_or_default();
        assert!(text.contains("metadata.internal") && text.contains("169.254.169.254"), "{text}");
        assert!(text.contains("link-local") && text.contains("allow_private_networks"), "{text}");
        // The command line's own way too, ready to paste.
        assert!(text.contains("--allow-private-network 169.254.169.254/32"), "{text}");
    }

    #[test]
    fn ip_literal_urls_are_checked() {
        let policy = AddressPolicy::default();
        let url = |s: &str| Url::parse(s).unwrap_or_else(|e| panic!("{e}"));
        assert!(policy.check_url(&url("http://127.0.0.1:8080/")).is_err());
        assert!(policy.check_url(&url("http://[::1]/")).is_err());
        assert!(policy.check_url(&url("http://10.0.0.1/")).is_err());
        assert_eq!(policy.check_url(&url("https://93.184.215.14/")), Ok(()));
        // Names are left to the resolver.
        assert_eq!(policy.check_url(&url("http://localhost/")), Ok(()));
    }

    #[tokio::test]
    async fn the_resolver_refuses_localhost_unless_allowed() {
        let name = |s: &str| s.parse::<Name>().unwrap_or_else(|_| panic!("name"));
        let guarded = GuardedResolver::new(Arc::new(AddressPolicy::default()));
        let error = guarded.resolve(name("localhost")).await.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(error.contains("loopback"), "{error}");
        let open = GuardedResolver::new(Arc::new(AddressPolicy::new(vec![
            "127.0.0.0/8".parse().unwrap_or_else(|e| panic!("{e}")),
        ])));
        let addrs: Vec<SocketAddr> = match open.resolve(name("localhost")).await {
            Ok(addrs) => addrs.collect(),
            Err(e) => panic!("{e}"),
        };
        assert!(!addrs.is_empty());
        assert!(addrs.iter().all(|a| a.ip().is_ipv4() && a.ip().is_loopback()), "{addrs:?}");
    }
}
