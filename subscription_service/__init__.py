"""The subscription service: App Store purchases, server notifications, and entitlements."""
