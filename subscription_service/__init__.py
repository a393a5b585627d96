"""The subscription service (App Store validation and entitlements): not built yet; see issue 3."""
