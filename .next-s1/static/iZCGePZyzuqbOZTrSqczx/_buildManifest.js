self.__BUILD_MANIFEST = {
  "__rewrites": {
    "afterFiles": [],
    "beforeFiles": [
      {
        "has": [
          {
            "type": "query",
            "key": "page",
            "value": "(?<page>.*)"
          }
        ],
        "source": "/tags/:slug",
        "destination": "/_list/tag/:slug/:page"
      },
      {
        "has": [
          {
            "type": "query",
            "key": "page",
            "value": "(?<page>.*)"
          }
        ],
        "source": "/authors/:slug",
        "destination": "/_list/author/:slug/:page"
      },
      {
        "has": [
          {
            "type": "query",
            "key": "page",
            "value": "(?<page>.*)"
          }
        ],
        "source": "/:slug((?!search$|api$|media$|tags$|authors$|_next$|_list$)[^/.]+)",
        "destination": "/_list/section/:slug/:page"
      }
    ],
    "fallback": []
  },
  "sortedPages": [
    "/_app",
    "/_error"
  ]
};self.__BUILD_MANIFEST_CB && self.__BUILD_MANIFEST_CB()